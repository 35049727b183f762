stub: upstream file of 4127 bytes
