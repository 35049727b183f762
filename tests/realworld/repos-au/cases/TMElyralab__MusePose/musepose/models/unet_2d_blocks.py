stub: upstream file of 41444 bytes
