stub: upstream file of 6269 bytes
