stub: upstream file of 18092 bytes
