stub: upstream file of 10964 bytes
