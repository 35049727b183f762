stub: upstream file of 24556 bytes
