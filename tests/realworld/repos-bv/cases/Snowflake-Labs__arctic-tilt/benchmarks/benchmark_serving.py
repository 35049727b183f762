stub: upstream file of 41161 bytes
