stub: upstream file of 26074 bytes
