stub: upstream file of 7383 bytes
