stub: upstream file of 7494 bytes
