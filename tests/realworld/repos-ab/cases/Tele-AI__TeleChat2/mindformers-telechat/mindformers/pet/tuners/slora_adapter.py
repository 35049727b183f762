stub: upstream file of 24572 bytes
