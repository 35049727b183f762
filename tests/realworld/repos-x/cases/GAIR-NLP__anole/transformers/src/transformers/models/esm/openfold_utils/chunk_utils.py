stub: upstream file of 14392 bytes
