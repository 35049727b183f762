stub: upstream file of 39127 bytes
