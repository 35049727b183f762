stub: upstream file of 65446 bytes
