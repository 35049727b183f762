stub: upstream file of 26863 bytes
