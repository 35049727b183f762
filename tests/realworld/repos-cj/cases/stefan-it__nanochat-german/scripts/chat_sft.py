stub: upstream file of 11722 bytes
