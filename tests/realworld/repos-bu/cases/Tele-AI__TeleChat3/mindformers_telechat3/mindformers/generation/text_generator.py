stub: upstream file of 90835 bytes
