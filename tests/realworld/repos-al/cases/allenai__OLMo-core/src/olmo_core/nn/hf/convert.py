stub: upstream file of 40617 bytes
