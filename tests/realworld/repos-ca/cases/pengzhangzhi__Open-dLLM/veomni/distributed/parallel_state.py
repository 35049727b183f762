stub: upstream file of 12256 bytes
