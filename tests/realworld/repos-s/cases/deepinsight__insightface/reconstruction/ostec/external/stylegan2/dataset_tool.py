stub: upstream file of 30282 bytes
