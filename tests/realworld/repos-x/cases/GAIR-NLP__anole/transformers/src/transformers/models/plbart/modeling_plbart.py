stub: upstream file of 85070 bytes
