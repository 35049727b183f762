stub: upstream file of 12047 bytes
