stub: upstream file of 4228 bytes
