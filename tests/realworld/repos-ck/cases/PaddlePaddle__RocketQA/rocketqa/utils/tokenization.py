stub: upstream file of 14348 bytes
