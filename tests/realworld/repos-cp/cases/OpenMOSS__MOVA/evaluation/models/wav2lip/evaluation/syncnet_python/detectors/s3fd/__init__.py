stub: upstream file of 2153 bytes
