stub: upstream file of 13042 bytes
