stub: upstream file of 9223 bytes
