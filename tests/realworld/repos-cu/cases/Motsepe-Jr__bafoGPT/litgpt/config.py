stub: upstream file of 58842 bytes
