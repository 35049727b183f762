stub: upstream file of 13527 bytes
