stub: upstream file of 41945 bytes
