stub: upstream file of 14074 bytes
