stub: upstream file of 8350 bytes
