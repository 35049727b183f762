stub: upstream file of 9220 bytes
