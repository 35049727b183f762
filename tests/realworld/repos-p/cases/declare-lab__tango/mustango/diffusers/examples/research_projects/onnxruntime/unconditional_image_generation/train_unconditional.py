stub: upstream file of 24779 bytes
