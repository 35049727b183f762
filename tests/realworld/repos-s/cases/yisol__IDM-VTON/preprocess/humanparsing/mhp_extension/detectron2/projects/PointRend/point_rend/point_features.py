stub: upstream file of 9757 bytes
