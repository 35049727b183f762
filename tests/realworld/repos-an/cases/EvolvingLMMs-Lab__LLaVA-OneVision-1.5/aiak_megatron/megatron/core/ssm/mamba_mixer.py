stub: upstream file of 27742 bytes
