stub: upstream file of 8045 bytes
