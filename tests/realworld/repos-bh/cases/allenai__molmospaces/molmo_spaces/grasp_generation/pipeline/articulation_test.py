stub: upstream file of 36387 bytes
