stub: upstream file of 4572 bytes
