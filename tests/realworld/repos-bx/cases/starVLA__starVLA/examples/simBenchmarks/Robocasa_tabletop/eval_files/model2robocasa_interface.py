stub: upstream file of 10966 bytes
