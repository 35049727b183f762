stub: upstream file of 8239 bytes
