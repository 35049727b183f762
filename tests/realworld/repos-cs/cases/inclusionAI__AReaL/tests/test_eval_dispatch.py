stub: upstream file of 16181 bytes
