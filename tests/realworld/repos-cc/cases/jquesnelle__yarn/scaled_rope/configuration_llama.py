stub: upstream file of 9464 bytes
