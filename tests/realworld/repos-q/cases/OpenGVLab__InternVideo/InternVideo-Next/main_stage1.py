stub: upstream file of 22176 bytes
