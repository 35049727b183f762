stub: upstream file of 25658 bytes
