stub: upstream file of 7486 bytes
