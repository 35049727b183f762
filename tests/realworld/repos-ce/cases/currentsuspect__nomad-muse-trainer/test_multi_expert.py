stub: upstream file of 14234 bytes
