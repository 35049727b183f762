stub: upstream file of 3804 bytes
