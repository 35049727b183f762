stub: upstream file of 23446 bytes
