stub: upstream file of 12607 bytes
