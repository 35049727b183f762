stub: upstream file of 2694 bytes
