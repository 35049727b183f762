stub: upstream file of 37199 bytes
