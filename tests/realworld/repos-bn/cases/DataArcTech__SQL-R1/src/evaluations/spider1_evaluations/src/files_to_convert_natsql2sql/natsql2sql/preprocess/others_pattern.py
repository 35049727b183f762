stub: upstream file of 45810 bytes
