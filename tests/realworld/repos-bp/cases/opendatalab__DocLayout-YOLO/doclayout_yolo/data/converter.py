stub: upstream file of 16527 bytes
