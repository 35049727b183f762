stub: upstream file of 89985 bytes
