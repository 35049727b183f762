stub: upstream file of 9835 bytes
