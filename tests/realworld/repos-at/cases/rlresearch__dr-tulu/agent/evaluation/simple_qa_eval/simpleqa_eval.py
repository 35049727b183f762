stub: upstream file of 17092 bytes
