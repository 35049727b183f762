stub: upstream file of 12286 bytes
