stub: upstream file of 44884 bytes
