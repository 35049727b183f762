stub: upstream file of 522 bytes
