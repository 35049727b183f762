stub: upstream file of 8601 bytes
