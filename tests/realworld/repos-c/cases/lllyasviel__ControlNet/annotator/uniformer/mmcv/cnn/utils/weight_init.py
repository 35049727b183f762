stub: upstream file of 26006 bytes
