stub: upstream file of 39858 bytes
