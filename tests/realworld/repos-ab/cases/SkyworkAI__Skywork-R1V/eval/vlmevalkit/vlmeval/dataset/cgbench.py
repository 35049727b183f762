stub: upstream file of 71849 bytes
