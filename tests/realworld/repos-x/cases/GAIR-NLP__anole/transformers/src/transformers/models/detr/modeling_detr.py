stub: upstream file of 111771 bytes
