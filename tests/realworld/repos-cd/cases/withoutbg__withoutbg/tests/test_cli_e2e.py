stub: upstream file of 22735 bytes
