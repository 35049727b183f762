stub: upstream file of 14623 bytes
