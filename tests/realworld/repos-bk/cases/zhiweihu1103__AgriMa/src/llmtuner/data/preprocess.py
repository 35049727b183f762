stub: upstream file of 13207 bytes
