stub: upstream file of 3613 bytes
