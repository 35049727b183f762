stub: upstream file of 6641 bytes
