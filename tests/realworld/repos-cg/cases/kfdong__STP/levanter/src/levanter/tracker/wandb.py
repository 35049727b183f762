stub: upstream file of 8521 bytes
