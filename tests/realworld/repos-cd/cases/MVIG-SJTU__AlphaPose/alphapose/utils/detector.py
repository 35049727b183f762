stub: upstream file of 12669 bytes
