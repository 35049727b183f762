stub: upstream file of 35359 bytes
