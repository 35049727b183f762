stub: upstream file of 32436 bytes
