stub: upstream file of 27753 bytes
