stub: upstream file of 3969 bytes
