stub: upstream file of 6146 bytes
