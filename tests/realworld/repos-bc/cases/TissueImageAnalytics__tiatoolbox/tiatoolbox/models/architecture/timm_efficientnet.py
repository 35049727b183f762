stub: upstream file of 21627 bytes
