stub: upstream file of 59676 bytes
