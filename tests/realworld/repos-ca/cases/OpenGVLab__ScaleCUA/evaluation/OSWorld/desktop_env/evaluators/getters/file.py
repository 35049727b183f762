stub: upstream file of 5012 bytes
