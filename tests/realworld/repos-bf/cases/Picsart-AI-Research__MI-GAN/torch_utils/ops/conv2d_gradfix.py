stub: upstream file of 7677 bytes
