stub: upstream file of 13486 bytes
