stub: upstream file of 18585 bytes
