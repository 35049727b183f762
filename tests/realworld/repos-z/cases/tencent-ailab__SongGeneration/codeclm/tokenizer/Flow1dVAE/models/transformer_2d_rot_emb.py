stub: upstream file of 25369 bytes
