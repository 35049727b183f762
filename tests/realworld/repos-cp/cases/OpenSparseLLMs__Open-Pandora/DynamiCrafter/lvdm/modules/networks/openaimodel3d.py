stub: upstream file of 26138 bytes
