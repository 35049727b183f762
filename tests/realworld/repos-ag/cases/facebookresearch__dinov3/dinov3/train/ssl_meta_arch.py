stub: upstream file of 39538 bytes
