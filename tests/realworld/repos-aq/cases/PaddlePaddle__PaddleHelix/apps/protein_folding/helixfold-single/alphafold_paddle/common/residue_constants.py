stub: upstream file of 35000 bytes
