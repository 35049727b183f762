stub: upstream file of 42698 bytes
