stub: upstream file of 14943 bytes
