stub: upstream file of 14594 bytes
