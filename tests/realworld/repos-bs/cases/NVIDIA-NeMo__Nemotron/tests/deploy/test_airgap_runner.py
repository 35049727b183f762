stub: upstream file of 13863 bytes
