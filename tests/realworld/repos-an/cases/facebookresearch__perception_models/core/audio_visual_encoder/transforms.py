stub: upstream file of 10207 bytes
