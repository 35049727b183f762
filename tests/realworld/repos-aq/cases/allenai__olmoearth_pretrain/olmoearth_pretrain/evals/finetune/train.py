stub: upstream file of 16378 bytes
