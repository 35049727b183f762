stub: upstream file of 13914 bytes
