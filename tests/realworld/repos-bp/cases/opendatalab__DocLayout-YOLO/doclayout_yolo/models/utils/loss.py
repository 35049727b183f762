stub: upstream file of 15140 bytes
