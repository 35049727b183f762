stub: upstream file of 20972 bytes
