stub: upstream file of 11149 bytes
