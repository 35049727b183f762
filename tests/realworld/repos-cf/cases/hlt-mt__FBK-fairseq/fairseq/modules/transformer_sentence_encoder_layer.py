stub: upstream file of 4145 bytes
