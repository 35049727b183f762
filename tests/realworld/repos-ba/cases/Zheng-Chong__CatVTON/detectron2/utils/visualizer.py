stub: upstream file of 51757 bytes
