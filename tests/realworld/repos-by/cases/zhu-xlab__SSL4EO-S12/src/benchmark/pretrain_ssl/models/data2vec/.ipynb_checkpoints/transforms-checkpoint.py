stub: upstream file of 6781 bytes
