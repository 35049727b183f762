stub: upstream file of 17819 bytes
