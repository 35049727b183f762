stub: upstream file of 48681 bytes
