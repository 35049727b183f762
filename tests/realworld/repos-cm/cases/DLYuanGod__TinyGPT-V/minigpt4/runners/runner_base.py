stub: upstream file of 23281 bytes
