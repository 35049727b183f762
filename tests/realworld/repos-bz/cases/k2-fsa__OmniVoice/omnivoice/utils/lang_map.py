stub: upstream file of 17726 bytes
