stub: upstream file of 22497 bytes
