stub: upstream file of 68615 bytes
