stub: upstream file of 538347 bytes
