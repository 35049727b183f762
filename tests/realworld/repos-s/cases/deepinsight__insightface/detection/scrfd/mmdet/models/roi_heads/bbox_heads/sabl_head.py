stub: upstream file of 24585 bytes
