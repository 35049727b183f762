stub: upstream file of 249802 bytes
