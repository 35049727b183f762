stub: upstream file of 25431 bytes
