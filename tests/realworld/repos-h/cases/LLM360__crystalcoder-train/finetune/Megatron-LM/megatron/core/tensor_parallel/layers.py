stub: upstream file of 36207 bytes
