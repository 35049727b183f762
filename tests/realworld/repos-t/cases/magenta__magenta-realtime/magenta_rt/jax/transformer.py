stub: upstream file of 47545 bytes
