stub: upstream file of 26742 bytes
