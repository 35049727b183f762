stub: upstream file of 39138 bytes
