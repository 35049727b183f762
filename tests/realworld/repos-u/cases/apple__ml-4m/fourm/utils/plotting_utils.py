stub: upstream file of 56014 bytes
