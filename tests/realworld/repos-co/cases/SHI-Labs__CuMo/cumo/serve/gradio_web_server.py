stub: upstream file of 17507 bytes
