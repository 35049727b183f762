stub: upstream file of 21832 bytes
