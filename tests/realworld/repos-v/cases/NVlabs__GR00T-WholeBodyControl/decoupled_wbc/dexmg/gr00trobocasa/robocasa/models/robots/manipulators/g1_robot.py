stub: upstream file of 13516 bytes
