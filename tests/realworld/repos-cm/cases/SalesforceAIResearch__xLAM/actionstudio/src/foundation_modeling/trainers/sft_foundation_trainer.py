stub: upstream file of 18106 bytes
