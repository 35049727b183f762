stub: upstream file of 16419 bytes
