stub: upstream file of 14985 bytes
