stub: upstream file of 4388 bytes
