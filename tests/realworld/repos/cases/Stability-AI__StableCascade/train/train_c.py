stub: upstream file of 12098 bytes
