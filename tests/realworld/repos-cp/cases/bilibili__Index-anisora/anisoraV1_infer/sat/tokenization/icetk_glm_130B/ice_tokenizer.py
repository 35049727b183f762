stub: upstream file of 9661 bytes
