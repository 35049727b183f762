stub: upstream file of 18964 bytes
