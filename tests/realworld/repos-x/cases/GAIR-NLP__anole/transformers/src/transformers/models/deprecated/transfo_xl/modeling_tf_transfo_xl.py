stub: upstream file of 45905 bytes
