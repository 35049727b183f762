stub: upstream file of 31228 bytes
