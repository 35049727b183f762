stub: upstream file of 11495 bytes
