stub: upstream file of 361113 bytes
