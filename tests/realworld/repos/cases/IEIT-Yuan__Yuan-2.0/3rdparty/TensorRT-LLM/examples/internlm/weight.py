stub: upstream file of 61447 bytes
