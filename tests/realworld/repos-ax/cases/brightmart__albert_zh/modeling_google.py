stub: upstream file of 43011 bytes
