stub: upstream file of 32098 bytes
