stub: upstream file of 20228 bytes
