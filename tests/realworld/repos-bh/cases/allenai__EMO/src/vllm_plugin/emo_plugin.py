stub: upstream file of 21226 bytes
