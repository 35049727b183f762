stub: upstream file of 82330 bytes
