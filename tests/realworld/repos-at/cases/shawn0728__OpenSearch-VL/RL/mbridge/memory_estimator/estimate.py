stub: upstream file of 20330 bytes
