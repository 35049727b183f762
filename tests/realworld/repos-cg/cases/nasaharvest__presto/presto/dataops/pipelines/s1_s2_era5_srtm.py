stub: upstream file of 6440 bytes
