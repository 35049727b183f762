stub: upstream file of 10526 bytes
