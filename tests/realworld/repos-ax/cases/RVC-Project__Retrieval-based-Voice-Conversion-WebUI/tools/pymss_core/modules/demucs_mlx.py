stub: upstream file of 23207 bytes
