stub: upstream file of 7727 bytes
