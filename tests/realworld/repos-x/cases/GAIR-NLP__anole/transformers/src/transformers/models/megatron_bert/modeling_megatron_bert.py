stub: upstream file of 83454 bytes
