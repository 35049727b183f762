stub: upstream file of 11663 bytes
