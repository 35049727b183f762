stub: upstream file of 46488 bytes
