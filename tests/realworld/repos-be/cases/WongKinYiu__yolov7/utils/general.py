stub: upstream file of 36876 bytes
