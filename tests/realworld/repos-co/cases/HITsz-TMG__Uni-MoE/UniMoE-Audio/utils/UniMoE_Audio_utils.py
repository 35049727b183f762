stub: upstream file of 37382 bytes
