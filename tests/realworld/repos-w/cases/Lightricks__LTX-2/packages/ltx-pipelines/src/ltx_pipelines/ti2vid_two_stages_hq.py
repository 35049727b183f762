stub: upstream file of 16147 bytes
