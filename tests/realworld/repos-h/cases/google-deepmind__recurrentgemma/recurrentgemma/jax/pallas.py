stub: upstream file of 29753 bytes
