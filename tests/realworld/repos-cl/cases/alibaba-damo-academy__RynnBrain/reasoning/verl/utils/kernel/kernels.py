stub: upstream file of 59953 bytes
