stub: upstream file of 25613 bytes
