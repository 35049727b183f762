stub: upstream file of 56786 bytes
