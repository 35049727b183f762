stub: upstream file of 95598 bytes
