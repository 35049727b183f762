stub: upstream file of 15350 bytes
