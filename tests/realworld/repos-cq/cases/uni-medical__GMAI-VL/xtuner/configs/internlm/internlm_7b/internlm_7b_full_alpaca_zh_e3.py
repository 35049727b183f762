stub: upstream file of 6564 bytes
