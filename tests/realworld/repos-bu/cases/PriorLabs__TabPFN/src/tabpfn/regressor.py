stub: upstream file of 94035 bytes
