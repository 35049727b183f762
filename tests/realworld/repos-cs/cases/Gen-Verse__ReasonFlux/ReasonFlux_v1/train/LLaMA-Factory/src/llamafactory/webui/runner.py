stub: upstream file of 21789 bytes
