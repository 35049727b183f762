stub: upstream file of 19171 bytes
