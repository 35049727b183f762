stub: upstream file of 6985 bytes
