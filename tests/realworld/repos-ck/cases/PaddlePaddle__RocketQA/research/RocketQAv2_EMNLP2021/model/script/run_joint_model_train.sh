stub: upstream file of 2114 bytes
