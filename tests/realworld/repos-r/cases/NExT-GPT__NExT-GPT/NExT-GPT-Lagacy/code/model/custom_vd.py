stub: upstream file of 33860 bytes
