stub: upstream file of 10320 bytes
