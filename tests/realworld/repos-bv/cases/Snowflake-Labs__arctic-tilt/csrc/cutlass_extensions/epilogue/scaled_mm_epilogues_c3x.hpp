stub: upstream file of 18681 bytes
