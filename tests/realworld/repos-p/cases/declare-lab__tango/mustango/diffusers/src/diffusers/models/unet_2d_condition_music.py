stub: upstream file of 36863 bytes
