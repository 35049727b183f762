stub: upstream file of 22152 bytes
