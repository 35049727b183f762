stub: upstream file of 52223 bytes
