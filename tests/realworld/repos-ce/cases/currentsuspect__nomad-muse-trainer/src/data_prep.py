stub: upstream file of 13925 bytes
