stub: upstream file of 202808 bytes
