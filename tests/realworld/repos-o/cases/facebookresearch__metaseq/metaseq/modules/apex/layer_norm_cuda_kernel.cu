stub: upstream file of 37786 bytes
