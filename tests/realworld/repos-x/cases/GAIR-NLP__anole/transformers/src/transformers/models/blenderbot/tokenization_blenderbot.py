stub: upstream file of 18652 bytes
