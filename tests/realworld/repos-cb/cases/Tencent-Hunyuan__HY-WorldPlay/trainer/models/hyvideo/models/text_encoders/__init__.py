stub: upstream file of 21369 bytes
