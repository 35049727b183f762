stub: upstream file of 12134 bytes
