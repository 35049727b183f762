stub: upstream file of 27325 bytes
