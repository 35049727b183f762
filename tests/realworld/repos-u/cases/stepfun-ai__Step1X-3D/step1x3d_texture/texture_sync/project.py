stub: upstream file of 19110 bytes
