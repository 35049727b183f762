stub: upstream file of 23137 bytes
