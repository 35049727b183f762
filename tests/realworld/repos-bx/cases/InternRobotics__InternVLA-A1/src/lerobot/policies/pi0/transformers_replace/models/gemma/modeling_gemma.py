stub: upstream file of 36766 bytes
