stub: upstream file of 27008 bytes
