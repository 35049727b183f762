stub: upstream file of 21060 bytes
