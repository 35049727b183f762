stub: upstream file of 41388 bytes
