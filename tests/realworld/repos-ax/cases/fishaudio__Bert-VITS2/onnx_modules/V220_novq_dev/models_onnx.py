stub: upstream file of 33697 bytes
