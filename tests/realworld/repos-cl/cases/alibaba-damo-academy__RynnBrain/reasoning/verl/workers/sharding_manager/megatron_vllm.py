stub: upstream file of 9902 bytes
