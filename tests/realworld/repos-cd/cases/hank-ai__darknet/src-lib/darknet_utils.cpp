stub: upstream file of 17945 bytes
