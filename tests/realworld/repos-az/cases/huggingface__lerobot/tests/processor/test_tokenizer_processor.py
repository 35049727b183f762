stub: upstream file of 61228 bytes
