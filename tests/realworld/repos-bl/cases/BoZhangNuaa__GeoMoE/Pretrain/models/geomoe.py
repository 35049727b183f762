stub: upstream file of 26228 bytes
