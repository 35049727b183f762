stub: upstream file of 19207 bytes
