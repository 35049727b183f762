stub: upstream file of 18077 bytes
