stub: upstream file of 10141 bytes
