stub: upstream file of 6545 bytes
