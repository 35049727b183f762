stub: upstream file of 15633 bytes
