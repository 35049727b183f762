stub: upstream file of 31080 bytes
