stub: upstream file of 30347 bytes
