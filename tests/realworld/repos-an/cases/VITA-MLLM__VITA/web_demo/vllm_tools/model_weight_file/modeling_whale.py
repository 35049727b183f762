stub: upstream file of 22323 bytes
