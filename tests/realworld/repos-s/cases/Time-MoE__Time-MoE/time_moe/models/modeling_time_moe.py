stub: upstream file of 51921 bytes
