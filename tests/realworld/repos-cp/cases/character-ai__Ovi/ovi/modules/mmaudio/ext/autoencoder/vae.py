stub: upstream file of 14603 bytes
