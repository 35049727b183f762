stub: upstream file of 34694 bytes
