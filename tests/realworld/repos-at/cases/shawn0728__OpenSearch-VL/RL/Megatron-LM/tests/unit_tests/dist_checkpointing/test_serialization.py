stub: upstream file of 37993 bytes
