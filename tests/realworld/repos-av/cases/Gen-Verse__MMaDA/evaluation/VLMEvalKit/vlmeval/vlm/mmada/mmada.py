stub: upstream file of 12440 bytes
