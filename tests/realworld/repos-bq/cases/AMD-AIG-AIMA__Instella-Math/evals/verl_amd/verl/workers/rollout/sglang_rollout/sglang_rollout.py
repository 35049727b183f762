stub: upstream file of 12551 bytes
