stub: upstream file of 7605 bytes
