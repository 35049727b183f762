stub: upstream file of 34641 bytes
