stub: upstream file of 9207 bytes
