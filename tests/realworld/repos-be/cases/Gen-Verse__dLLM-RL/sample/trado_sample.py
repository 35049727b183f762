stub: upstream file of 24568 bytes
