stub: upstream file of 36277 bytes
