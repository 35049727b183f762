stub: upstream file of 8991 bytes
