stub: upstream file of 23888 bytes
