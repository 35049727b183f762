stub: upstream file of 525382 bytes
