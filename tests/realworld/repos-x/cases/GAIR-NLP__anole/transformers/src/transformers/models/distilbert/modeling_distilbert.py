stub: upstream file of 61501 bytes
