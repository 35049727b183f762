stub: upstream file of 31094 bytes
