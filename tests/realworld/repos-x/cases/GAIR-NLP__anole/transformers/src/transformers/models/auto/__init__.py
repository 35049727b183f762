stub: upstream file of 16768 bytes
