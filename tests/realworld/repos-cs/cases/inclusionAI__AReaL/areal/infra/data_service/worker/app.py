stub: upstream file of 9233 bytes
