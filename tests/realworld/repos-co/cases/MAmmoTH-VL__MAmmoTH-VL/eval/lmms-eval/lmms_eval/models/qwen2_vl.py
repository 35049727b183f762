stub: upstream file of 12716 bytes
