stub: upstream file of 3544 bytes
