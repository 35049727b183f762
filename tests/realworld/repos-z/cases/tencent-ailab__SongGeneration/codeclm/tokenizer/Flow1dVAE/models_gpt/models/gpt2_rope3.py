stub: upstream file of 91573 bytes
