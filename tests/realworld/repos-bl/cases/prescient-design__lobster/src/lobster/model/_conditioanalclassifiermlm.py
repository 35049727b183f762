stub: upstream file of 16080 bytes
