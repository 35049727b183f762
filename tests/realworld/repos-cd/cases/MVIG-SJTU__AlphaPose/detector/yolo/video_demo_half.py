stub: upstream file of 5934 bytes
