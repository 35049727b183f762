stub: upstream file of 21792 bytes
