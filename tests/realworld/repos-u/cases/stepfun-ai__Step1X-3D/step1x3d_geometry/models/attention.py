stub: upstream file of 33016 bytes
