stub: upstream file of 20842 bytes
