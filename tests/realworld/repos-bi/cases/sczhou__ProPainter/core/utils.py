stub: upstream file of 14236 bytes
