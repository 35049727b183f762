stub: upstream file of 26788 bytes
