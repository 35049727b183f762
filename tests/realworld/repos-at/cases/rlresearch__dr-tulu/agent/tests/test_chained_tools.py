stub: upstream file of 9436 bytes
