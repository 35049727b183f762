stub: upstream file of 12447 bytes
