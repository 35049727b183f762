stub: upstream file of 7684 bytes
