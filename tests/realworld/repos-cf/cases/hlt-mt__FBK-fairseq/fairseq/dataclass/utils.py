stub: upstream file of 17080 bytes
