stub: upstream file of 11488 bytes
