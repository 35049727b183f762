stub: upstream file of 4460 bytes
