stub: upstream file of 11802 bytes
