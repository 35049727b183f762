stub: upstream file of 5522 bytes
