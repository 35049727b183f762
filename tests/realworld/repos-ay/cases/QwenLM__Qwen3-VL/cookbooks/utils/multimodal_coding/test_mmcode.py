stub: upstream file of 27447 bytes
