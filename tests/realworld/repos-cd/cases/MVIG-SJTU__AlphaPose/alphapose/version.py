stub: upstream file of 113 bytes
