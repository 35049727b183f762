stub: upstream file of 16119 bytes
