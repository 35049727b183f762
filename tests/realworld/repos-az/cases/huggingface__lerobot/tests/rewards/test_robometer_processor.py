stub: upstream file of 12860 bytes
