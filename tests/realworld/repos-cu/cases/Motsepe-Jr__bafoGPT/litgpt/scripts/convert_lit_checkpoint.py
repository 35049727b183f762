stub: upstream file of 16674 bytes
