stub: upstream file of 12853 bytes
