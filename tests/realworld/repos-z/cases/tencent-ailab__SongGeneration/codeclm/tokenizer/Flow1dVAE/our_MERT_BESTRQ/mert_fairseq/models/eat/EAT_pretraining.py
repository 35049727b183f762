stub: upstream file of 31033 bytes
