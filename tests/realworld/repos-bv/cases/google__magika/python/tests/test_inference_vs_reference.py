stub: upstream file of 23080 bytes
