stub: upstream file of 21489 bytes
