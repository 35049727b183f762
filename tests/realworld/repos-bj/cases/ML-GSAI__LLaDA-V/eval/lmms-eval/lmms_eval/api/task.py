stub: upstream file of 70989 bytes
