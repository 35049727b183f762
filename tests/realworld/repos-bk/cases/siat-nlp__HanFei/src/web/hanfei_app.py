stub: upstream file of 13550 bytes
