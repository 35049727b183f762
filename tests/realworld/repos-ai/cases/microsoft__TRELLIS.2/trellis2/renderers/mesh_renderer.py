stub: upstream file of 24183 bytes
