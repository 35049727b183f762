stub: upstream file of 7277 bytes
