stub: upstream file of 2588 bytes
