stub: upstream file of 820903 bytes
