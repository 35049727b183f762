stub: upstream file of 8810 bytes
