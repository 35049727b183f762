stub: upstream file of 8656 bytes
