stub: upstream file of 10259 bytes
