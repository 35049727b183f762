stub: upstream file of 14263 bytes
