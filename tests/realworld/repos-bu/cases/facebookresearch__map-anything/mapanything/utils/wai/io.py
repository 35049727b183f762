stub: upstream file of 48385 bytes
