stub: upstream file of 13943 bytes
