stub: upstream file of 13277 bytes
