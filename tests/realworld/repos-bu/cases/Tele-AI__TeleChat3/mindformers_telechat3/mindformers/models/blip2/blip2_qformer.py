stub: upstream file of 23769 bytes
