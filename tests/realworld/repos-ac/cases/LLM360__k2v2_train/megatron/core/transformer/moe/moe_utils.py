stub: upstream file of 28504 bytes
