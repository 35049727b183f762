stub: upstream file of 13905 bytes
