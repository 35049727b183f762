stub: upstream file of 46133 bytes
