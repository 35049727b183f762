stub: upstream file of 7697 bytes
