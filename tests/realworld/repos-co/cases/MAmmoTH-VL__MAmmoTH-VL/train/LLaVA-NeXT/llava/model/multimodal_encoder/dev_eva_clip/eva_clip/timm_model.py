stub: upstream file of 4781 bytes
