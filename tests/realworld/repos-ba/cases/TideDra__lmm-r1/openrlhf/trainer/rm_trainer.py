stub: upstream file of 14971 bytes
