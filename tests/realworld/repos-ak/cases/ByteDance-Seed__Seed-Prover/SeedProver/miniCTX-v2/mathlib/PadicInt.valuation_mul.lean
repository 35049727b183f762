stub: upstream file of 12456 bytes
