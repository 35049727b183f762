stub: upstream file of 17818 bytes
