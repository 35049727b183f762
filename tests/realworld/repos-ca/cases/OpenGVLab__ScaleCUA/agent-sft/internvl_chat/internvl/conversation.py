stub: upstream file of 53707 bytes
