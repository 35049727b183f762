stub: upstream file of 14934 bytes
