stub: upstream file of 8213 bytes
