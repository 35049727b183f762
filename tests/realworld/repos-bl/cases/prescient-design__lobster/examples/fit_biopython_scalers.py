stub: upstream file of 17278 bytes
