stub: upstream file of 7870 bytes
