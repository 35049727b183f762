stub: upstream file of 1092452 bytes
