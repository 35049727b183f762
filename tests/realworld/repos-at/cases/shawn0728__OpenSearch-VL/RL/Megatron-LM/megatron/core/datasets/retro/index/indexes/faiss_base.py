stub: upstream file of 5610 bytes
