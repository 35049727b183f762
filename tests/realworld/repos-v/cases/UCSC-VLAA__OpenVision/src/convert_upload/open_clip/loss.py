stub: upstream file of 15383 bytes
