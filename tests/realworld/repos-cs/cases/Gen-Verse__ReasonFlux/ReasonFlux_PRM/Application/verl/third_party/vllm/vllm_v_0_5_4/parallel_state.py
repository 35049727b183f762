stub: upstream file of 12756 bytes
