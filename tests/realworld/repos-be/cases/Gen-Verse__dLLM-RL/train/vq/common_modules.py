stub: upstream file of 10149 bytes
