stub: upstream file of 8135 bytes
