stub: upstream file of 13683 bytes
