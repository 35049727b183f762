stub: upstream file of 25972 bytes
