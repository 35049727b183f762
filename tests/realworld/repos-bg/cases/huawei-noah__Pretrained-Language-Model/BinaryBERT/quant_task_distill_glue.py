stub: upstream file of 16371 bytes
