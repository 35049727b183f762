stub: upstream file of 34211 bytes
