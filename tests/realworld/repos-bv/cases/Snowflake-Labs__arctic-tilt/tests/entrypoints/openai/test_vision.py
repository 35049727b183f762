stub: upstream file of 12200 bytes
