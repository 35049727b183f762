stub: upstream file of 25240 bytes
