stub: upstream file of 13803 bytes
