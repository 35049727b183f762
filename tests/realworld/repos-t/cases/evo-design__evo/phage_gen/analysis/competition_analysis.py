stub: upstream file of 51726 bytes
