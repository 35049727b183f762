stub: upstream file of 11218 bytes
