stub: upstream file of 6523 bytes
