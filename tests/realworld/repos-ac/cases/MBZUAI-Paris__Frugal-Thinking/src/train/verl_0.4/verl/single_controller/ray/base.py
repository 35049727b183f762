stub: upstream file of 37991 bytes
