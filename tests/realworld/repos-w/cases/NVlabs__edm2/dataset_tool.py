stub: upstream file of 20098 bytes
