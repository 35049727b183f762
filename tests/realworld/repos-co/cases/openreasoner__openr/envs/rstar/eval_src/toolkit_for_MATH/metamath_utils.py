stub: upstream file of 6922 bytes
