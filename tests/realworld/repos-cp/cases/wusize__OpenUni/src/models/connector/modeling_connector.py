stub: upstream file of 21494 bytes
