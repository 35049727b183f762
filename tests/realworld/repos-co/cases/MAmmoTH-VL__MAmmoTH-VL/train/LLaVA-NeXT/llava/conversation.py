stub: upstream file of 22842 bytes
