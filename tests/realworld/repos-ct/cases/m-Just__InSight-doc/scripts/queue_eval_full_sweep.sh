stub: upstream file of 21660 bytes
