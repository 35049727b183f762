stub: upstream file of 63233 bytes
