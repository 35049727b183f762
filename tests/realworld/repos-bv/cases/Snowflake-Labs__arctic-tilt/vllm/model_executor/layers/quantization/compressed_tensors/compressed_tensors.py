stub: upstream file of 27199 bytes
