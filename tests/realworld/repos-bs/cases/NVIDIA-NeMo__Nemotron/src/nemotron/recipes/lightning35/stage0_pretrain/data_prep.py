stub: upstream file of 12769 bytes
