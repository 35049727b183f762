stub: upstream file of 12798 bytes
