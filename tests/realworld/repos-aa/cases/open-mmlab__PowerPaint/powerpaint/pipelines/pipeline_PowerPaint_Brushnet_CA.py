stub: upstream file of 74974 bytes
