stub: upstream file of 21233 bytes
