stub: upstream file of 27216 bytes
