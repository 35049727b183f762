stub: upstream file of 14390 bytes
