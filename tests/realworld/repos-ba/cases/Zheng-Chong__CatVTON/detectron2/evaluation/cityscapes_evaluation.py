stub: upstream file of 8369 bytes
