stub: upstream file of 29199 bytes
