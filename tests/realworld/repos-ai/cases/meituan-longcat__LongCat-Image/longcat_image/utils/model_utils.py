stub: upstream file of 12080 bytes
