stub: upstream file of 4697 bytes
