stub: upstream file of 41533 bytes
