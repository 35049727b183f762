stub: upstream file of 22879 bytes
