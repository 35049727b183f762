stub: upstream file of 5467 bytes
