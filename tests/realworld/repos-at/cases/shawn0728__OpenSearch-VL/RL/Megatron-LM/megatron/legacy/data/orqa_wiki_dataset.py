stub: upstream file of 6399 bytes
