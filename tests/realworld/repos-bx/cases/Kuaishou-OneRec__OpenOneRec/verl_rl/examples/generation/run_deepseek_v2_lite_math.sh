stub: upstream file of 656 bytes
