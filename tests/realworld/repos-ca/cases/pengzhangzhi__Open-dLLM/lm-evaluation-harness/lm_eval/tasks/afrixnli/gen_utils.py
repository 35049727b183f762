stub: upstream file of 4558 bytes
