stub: upstream file of 28419 bytes
