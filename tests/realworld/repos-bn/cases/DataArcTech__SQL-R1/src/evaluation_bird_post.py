stub: upstream file of 10950 bytes
