stub: upstream file of 34858 bytes
