stub: upstream file of 13328 bytes
