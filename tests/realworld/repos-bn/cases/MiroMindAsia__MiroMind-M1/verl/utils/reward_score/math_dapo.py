stub: upstream file of 8456 bytes
