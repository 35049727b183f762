stub: upstream file of 27287 bytes
