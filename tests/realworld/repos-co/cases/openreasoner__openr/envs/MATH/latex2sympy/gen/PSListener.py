stub: upstream file of 14144 bytes
