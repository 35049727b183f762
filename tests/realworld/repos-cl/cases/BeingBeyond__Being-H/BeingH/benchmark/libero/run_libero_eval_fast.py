stub: upstream file of 18156 bytes
