stub: upstream file of 2216 bytes
