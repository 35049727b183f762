stub: upstream file of 13164 bytes
