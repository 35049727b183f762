stub: upstream file of 40054 bytes
