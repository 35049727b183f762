stub: upstream file of 25407 bytes
