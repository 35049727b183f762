stub: upstream file of 31540 bytes
