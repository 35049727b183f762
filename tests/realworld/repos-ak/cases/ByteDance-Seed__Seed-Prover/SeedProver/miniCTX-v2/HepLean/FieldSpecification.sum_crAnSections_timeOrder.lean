stub: upstream file of 25006 bytes
