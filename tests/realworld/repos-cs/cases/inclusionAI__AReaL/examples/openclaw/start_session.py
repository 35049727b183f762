stub: upstream file of 4061 bytes
