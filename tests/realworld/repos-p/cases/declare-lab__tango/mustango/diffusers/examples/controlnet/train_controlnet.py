stub: upstream file of 42412 bytes
