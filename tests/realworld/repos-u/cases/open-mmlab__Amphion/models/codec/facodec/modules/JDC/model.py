stub: upstream file of 8013 bytes
