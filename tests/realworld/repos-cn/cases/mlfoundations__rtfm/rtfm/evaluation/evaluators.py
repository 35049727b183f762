stub: upstream file of 16294 bytes
