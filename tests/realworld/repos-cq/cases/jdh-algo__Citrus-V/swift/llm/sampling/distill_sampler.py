stub: upstream file of 5478 bytes
