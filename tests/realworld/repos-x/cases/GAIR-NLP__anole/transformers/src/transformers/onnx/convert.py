stub: upstream file of 19369 bytes
