stub: upstream file of 13533 bytes
