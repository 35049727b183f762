stub: upstream file of 12035 bytes
