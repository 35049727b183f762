stub: upstream file of 13093 bytes
