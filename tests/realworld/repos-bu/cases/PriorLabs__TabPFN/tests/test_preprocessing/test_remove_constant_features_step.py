stub: upstream file of 8191 bytes
