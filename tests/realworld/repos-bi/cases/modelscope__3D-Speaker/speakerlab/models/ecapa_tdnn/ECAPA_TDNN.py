stub: upstream file of 13218 bytes
