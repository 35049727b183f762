stub: upstream file of 3428 bytes
