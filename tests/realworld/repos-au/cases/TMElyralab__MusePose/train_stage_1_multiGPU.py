stub: upstream file of 22218 bytes
