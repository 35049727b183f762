stub: upstream file of 5860 bytes
