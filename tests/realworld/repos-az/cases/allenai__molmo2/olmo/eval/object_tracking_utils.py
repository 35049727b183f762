stub: upstream file of 43361 bytes
