stub: upstream file of 7150 bytes
