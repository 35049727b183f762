stub: upstream file of 13292 bytes
