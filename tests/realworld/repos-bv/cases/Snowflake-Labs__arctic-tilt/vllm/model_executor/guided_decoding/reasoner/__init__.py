stub: upstream file of 1243 bytes
