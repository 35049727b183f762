stub: upstream file of 533 bytes
