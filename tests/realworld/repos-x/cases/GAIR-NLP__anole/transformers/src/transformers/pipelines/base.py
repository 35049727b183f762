stub: upstream file of 57452 bytes
