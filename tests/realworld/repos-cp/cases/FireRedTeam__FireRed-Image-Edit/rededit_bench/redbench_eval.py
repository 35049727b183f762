stub: upstream file of 8446 bytes
