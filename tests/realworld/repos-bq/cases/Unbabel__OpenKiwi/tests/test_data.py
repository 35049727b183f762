stub: upstream file of 7192 bytes
