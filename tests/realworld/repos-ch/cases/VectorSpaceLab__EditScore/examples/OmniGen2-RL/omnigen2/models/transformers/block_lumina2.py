stub: upstream file of 7369 bytes
