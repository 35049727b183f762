stub: upstream file of 22967 bytes
