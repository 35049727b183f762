stub: upstream file of 23436 bytes
