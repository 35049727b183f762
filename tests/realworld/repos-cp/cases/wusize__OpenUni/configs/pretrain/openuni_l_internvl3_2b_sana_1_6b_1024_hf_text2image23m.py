stub: upstream file of 3269 bytes
