stub: upstream file of 41687 bytes
