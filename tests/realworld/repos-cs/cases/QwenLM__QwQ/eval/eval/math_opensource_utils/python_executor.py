stub: upstream file of 7733 bytes
