stub: upstream file of 16388 bytes
