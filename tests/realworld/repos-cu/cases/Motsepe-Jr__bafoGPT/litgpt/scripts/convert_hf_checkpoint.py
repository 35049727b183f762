stub: upstream file of 25102 bytes
