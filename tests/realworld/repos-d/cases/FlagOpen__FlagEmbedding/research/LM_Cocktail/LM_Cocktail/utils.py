stub: upstream file of 11191 bytes
