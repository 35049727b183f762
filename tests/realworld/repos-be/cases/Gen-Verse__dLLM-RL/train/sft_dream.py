stub: upstream file of 21014 bytes
