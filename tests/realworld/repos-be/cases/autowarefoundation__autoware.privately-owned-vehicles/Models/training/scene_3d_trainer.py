stub: upstream file of 12259 bytes
