stub: upstream file of 4141 bytes
