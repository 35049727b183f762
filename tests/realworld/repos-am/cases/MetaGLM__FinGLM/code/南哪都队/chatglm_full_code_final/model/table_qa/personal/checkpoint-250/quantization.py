stub: upstream file of 14692 bytes
