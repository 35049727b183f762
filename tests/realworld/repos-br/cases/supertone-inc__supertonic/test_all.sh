stub: upstream file of 11698 bytes
