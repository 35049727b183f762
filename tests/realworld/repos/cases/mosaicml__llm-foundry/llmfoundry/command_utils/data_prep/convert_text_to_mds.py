stub: upstream file of 21763 bytes
