stub: upstream file of 23405 bytes
