stub: upstream file of 11135 bytes
