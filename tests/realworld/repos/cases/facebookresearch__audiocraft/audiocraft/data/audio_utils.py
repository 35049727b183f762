stub: upstream file of 14951 bytes
