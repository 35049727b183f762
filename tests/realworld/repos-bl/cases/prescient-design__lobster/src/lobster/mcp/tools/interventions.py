stub: upstream file of 4741 bytes
