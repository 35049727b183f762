stub: upstream file of 27418 bytes
