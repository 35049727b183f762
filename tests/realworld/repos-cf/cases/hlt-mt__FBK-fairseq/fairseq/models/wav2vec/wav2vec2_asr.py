stub: upstream file of 21440 bytes
