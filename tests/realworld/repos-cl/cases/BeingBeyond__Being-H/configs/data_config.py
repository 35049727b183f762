stub: upstream file of 12488 bytes
