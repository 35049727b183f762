stub: upstream file of 7560 bytes
