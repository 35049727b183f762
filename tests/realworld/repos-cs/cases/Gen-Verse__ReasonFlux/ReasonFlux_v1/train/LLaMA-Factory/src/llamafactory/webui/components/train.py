stub: upstream file of 15418 bytes
