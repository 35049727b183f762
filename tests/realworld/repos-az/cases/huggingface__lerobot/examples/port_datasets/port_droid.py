stub: upstream file of 14446 bytes
