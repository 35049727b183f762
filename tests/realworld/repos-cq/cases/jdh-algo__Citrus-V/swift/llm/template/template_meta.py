stub: upstream file of 4922 bytes
