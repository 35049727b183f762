stub: upstream file of 13772 bytes
