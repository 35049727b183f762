stub: upstream file of 14522 bytes
