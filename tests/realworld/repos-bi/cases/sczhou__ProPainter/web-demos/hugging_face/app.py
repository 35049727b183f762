stub: upstream file of 32971 bytes
