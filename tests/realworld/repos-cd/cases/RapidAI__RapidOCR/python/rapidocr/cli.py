stub: upstream file of 1493 bytes
