stub: upstream file of 118233 bytes
