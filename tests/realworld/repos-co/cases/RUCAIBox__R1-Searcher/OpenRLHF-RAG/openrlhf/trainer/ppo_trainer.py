stub: upstream file of 24477 bytes
