stub: upstream file of 12066 bytes
