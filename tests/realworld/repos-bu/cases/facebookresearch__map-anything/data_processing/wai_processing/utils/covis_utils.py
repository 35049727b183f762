stub: upstream file of 10985 bytes
