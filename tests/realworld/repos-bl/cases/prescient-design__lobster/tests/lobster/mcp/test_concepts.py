stub: upstream file of 26004 bytes
