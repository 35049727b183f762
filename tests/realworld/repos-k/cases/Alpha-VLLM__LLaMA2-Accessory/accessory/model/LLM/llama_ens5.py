stub: upstream file of 23943 bytes
