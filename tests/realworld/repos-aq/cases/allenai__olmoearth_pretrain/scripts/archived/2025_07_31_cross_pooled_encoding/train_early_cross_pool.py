stub: upstream file of 11633 bytes
