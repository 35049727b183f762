stub: upstream file of 12236 bytes
