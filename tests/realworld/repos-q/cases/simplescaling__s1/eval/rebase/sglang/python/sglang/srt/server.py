stub: upstream file of 24070 bytes
