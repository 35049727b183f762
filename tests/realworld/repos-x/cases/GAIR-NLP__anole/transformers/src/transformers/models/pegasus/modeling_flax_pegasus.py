stub: upstream file of 65972 bytes
