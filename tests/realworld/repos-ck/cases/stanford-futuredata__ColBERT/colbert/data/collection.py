stub: upstream file of 3228 bytes
