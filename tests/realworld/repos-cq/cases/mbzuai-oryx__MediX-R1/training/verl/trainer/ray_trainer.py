stub: upstream file of 33623 bytes
