stub: upstream file of 14228 bytes
