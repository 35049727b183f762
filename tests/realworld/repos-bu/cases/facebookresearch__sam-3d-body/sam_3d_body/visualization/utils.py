stub: upstream file of 10704 bytes
