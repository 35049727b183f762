stub: upstream file of 4670 bytes
