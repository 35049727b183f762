stub: upstream file of 21977 bytes
