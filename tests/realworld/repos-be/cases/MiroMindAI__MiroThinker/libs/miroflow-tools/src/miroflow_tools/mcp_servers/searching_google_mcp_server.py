stub: upstream file of 27481 bytes
