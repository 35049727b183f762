stub: upstream file of 19656 bytes
