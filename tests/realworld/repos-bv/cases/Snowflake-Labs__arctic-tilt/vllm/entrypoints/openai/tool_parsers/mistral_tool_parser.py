stub: upstream file of 14671 bytes
