stub: upstream file of 3120 bytes
