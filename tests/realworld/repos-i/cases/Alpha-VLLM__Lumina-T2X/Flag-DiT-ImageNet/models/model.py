stub: upstream file of 25641 bytes
