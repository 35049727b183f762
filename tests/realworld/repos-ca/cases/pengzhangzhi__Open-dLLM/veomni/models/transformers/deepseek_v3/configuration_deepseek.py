stub: upstream file of 11516 bytes
