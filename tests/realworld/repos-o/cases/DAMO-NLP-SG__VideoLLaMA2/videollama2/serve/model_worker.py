stub: upstream file of 16833 bytes
