stub: upstream file of 59944 bytes
