stub: upstream file of 12990 bytes
