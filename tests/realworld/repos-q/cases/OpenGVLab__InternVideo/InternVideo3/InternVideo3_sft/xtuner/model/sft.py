stub: upstream file of 13109 bytes
