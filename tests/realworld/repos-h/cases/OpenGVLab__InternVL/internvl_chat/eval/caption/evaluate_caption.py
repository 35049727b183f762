stub: upstream file of 10192 bytes
