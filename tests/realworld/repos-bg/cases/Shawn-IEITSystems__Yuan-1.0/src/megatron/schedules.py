stub: upstream file of 18705 bytes
