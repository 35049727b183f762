stub: upstream file of 28384 bytes
