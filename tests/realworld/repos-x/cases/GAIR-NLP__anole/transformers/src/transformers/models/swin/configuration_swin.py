stub: upstream file of 7904 bytes
