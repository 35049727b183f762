stub: upstream file of 13493 bytes
