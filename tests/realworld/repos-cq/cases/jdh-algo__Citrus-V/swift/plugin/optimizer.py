stub: upstream file of 6539 bytes
