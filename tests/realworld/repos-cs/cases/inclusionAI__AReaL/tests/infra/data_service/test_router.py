stub: upstream file of 7164 bytes
