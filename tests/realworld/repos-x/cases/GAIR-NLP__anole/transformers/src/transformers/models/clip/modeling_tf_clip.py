stub: upstream file of 60360 bytes
