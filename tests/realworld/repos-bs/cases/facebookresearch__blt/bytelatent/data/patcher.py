stub: upstream file of 24092 bytes
