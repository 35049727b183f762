stub: upstream file of 17192 bytes
