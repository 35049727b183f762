stub: upstream file of 41347 bytes
