stub: upstream file of 9176 bytes
