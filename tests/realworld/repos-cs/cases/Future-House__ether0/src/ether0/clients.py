stub: upstream file of 5285 bytes
