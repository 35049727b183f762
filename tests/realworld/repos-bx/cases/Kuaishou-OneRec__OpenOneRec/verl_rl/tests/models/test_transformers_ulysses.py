stub: upstream file of 10504 bytes
