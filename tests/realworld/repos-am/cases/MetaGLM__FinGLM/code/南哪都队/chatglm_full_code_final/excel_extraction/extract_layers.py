stub: upstream file of 13749 bytes
