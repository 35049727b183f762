stub: upstream file of 11650 bytes
