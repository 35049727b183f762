stub: upstream file of 31279 bytes
