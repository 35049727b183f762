stub: upstream file of 8221 bytes
