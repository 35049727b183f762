stub: upstream file of 1078244 bytes
