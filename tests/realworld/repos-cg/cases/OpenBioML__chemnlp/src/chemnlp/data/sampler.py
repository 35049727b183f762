stub: upstream file of 33478 bytes
