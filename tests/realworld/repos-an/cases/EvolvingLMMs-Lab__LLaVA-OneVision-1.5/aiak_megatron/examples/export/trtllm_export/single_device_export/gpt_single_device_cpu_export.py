stub: upstream file of 4936 bytes
