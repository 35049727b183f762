stub: upstream file of 9340 bytes
