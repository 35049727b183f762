stub: upstream file of 153986 bytes
