stub: upstream file of 13818 bytes
