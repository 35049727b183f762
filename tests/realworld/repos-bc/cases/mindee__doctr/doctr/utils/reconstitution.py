stub: upstream file of 32937 bytes
