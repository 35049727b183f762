stub: upstream file of 4238 bytes
