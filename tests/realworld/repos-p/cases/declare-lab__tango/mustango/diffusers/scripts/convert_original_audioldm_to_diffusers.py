stub: upstream file of 43650 bytes
