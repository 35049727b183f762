stub: upstream file of 969 bytes
