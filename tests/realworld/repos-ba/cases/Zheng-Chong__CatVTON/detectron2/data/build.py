stub: upstream file of 27123 bytes
