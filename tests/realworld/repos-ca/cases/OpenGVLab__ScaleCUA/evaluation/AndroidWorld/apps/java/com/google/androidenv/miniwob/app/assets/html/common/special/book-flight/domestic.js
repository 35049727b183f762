stub: upstream file of 19642 bytes
