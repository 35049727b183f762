stub: upstream file of 6819 bytes
