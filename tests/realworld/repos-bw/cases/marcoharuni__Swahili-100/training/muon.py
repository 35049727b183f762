stub: upstream file of 5071 bytes
