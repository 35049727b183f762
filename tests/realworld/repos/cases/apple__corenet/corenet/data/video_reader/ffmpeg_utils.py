stub: upstream file of 29109 bytes
