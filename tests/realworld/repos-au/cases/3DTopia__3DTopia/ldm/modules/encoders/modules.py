stub: upstream file of 13687 bytes
