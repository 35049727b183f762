stub: upstream file of 11241 bytes
