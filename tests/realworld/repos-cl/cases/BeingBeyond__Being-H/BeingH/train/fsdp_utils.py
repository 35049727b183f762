stub: upstream file of 18023 bytes
