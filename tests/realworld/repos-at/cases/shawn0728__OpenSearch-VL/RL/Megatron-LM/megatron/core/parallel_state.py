stub: upstream file of 85375 bytes
