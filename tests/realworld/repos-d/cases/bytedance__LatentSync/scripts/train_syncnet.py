stub: upstream file of 13692 bytes
