stub: upstream file of 32218 bytes
