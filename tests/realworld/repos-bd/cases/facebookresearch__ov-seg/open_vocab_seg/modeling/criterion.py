stub: upstream file of 9330 bytes
