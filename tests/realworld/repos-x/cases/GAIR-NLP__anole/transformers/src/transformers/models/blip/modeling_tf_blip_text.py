stub: upstream file of 49972 bytes
