stub: upstream file of 32228 bytes
