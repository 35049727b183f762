stub: upstream file of 13262 bytes
