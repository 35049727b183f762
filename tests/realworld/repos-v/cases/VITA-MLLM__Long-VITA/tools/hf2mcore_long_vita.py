stub: upstream file of 44082 bytes
