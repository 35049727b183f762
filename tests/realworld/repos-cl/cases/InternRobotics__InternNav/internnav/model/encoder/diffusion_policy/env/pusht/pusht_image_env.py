stub: upstream file of 1957 bytes
