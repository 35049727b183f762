stub: upstream file of 12673 bytes
