stub: upstream file of 33810 bytes
