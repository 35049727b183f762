stub: upstream file of 90492 bytes
