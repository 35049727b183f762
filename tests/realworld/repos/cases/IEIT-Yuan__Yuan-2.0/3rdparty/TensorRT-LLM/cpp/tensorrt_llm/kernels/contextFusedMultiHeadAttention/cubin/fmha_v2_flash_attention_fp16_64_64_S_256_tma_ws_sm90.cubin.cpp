stub: upstream file of 1536808 bytes
