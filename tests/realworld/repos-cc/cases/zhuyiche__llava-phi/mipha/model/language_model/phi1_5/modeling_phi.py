stub: upstream file of 61928 bytes
