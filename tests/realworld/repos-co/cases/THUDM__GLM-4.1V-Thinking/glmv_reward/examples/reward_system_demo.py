stub: upstream file of 5727 bytes
