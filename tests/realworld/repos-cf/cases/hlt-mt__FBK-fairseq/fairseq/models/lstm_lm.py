stub: upstream file of 6423 bytes
