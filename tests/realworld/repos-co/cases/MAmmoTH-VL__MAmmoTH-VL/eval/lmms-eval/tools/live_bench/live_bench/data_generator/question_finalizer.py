stub: upstream file of 7631 bytes
