stub: upstream file of 7972 bytes
