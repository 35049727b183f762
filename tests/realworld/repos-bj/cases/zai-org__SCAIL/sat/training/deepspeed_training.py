stub: upstream file of 35849 bytes
