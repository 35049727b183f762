stub: upstream file of 19186 bytes
