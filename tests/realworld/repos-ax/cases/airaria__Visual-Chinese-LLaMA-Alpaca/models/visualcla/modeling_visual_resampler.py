stub: upstream file of 35792 bytes
