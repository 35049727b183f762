stub: upstream file of 14391 bytes
