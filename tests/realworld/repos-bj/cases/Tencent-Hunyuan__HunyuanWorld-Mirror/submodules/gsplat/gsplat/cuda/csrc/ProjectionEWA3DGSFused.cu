stub: upstream file of 21422 bytes
