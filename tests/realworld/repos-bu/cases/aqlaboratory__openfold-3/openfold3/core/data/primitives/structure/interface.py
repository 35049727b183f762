stub: upstream file of 17850 bytes
