stub: upstream file of 39642 bytes
