stub: upstream file of 2235 bytes
