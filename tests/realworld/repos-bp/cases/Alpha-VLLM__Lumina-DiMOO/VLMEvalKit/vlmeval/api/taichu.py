stub: upstream file of 12365 bytes
