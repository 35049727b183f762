stub: upstream file of 6467 bytes
