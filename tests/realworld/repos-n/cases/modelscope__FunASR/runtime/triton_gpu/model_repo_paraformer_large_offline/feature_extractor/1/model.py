stub: upstream file of 11734 bytes
