stub: upstream file of 11094 bytes
