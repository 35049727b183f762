stub: upstream file of 6643 bytes
