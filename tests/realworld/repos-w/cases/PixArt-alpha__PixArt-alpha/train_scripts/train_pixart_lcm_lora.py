stub: upstream file of 24924 bytes
