stub: upstream file of 19640 bytes
