stub: upstream file of 6976 bytes
