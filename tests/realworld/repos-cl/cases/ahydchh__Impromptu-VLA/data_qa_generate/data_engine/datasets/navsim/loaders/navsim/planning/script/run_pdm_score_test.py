stub: upstream file of 7269 bytes
