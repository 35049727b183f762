stub: upstream file of 8218 bytes
