stub: upstream file of 27560 bytes
