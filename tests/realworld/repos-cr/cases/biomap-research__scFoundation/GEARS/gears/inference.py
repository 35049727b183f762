stub: upstream file of 39585 bytes
