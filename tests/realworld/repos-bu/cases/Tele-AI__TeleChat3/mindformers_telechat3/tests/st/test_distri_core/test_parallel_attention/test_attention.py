stub: upstream file of 10692 bytes
