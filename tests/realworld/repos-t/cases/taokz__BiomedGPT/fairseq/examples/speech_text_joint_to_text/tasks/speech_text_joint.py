stub: upstream file of 13445 bytes
