stub: upstream file of 14713 bytes
