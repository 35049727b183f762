stub: upstream file of 9688 bytes
