stub: upstream file of 27285 bytes
