stub: upstream file of 30546 bytes
