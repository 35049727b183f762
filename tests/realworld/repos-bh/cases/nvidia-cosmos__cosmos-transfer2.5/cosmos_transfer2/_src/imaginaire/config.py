stub: upstream file of 19755 bytes
