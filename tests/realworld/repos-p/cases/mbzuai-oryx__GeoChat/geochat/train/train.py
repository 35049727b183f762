stub: upstream file of 37383 bytes
