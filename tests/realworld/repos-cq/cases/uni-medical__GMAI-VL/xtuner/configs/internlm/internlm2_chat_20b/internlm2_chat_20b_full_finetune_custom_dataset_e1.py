stub: upstream file of 7474 bytes
