stub: upstream file of 27140 bytes
