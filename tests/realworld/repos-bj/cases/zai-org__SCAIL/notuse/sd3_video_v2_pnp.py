stub: upstream file of 29631 bytes
