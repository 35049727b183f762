stub: upstream file of 11024 bytes
