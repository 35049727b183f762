stub: upstream file of 36596 bytes
