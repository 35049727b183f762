stub: upstream file of 54415 bytes
