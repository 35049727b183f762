stub: upstream file of 36810 bytes
