stub: upstream file of 16921 bytes
