stub: upstream file of 19840 bytes
