stub: upstream file of 27777 bytes
