stub: upstream file of 31331 bytes
