stub: upstream file of 12197 bytes
