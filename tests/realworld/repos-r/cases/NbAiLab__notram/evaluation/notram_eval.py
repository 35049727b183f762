stub: upstream file of 29749 bytes
