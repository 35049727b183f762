stub: upstream file of 23610 bytes
