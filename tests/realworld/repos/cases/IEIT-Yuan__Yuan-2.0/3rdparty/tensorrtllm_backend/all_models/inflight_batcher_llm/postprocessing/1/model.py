stub: upstream file of 8835 bytes
