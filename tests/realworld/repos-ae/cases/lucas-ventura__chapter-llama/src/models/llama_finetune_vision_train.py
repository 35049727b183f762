stub: upstream file of 19152 bytes
