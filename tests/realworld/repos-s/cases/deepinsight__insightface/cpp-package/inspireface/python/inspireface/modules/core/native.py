stub: upstream file of 95097 bytes
