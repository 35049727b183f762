stub: upstream file of 3146 bytes
