stub: upstream file of 6228 bytes
