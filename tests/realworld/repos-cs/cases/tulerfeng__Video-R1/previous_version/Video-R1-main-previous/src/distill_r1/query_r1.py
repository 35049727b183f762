stub: upstream file of 4287 bytes
