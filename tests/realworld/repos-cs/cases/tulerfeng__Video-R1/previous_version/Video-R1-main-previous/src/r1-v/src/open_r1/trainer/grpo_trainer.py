stub: upstream file of 34455 bytes
