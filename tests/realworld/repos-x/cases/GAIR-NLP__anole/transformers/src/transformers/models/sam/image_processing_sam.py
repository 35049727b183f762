stub: upstream file of 67314 bytes
