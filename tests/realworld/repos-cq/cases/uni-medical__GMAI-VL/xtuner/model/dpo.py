stub: upstream file of 12090 bytes
