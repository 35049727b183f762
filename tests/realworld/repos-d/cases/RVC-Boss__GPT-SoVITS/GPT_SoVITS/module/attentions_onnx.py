stub: upstream file of 14169 bytes
