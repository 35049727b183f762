stub: upstream file of 14187 bytes
