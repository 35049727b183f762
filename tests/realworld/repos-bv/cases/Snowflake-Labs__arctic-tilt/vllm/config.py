stub: upstream file of 167452 bytes
