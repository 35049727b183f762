stub: upstream file of 18374 bytes
