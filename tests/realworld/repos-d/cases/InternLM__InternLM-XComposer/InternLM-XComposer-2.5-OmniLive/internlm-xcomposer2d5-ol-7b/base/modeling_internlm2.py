stub: upstream file of 43469 bytes
