stub: upstream file of 16676 bytes
