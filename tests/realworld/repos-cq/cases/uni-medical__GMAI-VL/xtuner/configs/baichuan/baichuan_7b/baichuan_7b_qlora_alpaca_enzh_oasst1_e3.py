stub: upstream file of 8216 bytes
