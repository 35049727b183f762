stub: upstream file of 13643 bytes
