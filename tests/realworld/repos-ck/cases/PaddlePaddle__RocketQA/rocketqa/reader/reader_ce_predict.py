stub: upstream file of 13177 bytes
