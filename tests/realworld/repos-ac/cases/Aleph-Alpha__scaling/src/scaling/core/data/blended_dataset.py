stub: upstream file of 16598 bytes
