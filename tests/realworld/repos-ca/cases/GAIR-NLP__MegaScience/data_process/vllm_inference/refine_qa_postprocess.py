stub: upstream file of 9525 bytes
