stub: upstream file of 4476 bytes
