stub: upstream file of 14231 bytes
